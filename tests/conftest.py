import os

from hypothesis import HealthCheck, settings

# Steps load dictionaries lazily on first use: no per-example deadline.
# The test command runs the property tests derandomized, so that a run gives the same verdict on any
# machine (CI included); KAZNORM_HYPOTHESIS=explore draws new random examples each run, to hunt bugs.
settings.register_profile(
    "repeatable", deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "explore", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("KAZNORM_HYPOTHESIS", "repeatable"))
