"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from .core.context import Context  # noqa: F401
from .core.edits import Change, Edit, OffsetMap, Result, replay  # noqa: F401
from .core.edits import apply_edits as _apply  # noqa: F401
from .core.edits import apply_validated as _applied  # noqa: F401
from .core.edits import validated_edits as _validated  # noqa: F401
from .core.pipeline import PROFILES, Pipeline  # noqa: F401
from .core.registry import ORDER, Step, get_step, register, step_names  # noqa: F401
