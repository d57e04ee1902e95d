"""TEMPORARY SHIM (stage 1 of issue 15): re-exports for code not yet moved; delete at integration."""
from ..text.linebreaks import line_breaks, off_line_breaks  # noqa: F401
from .invisible import invisible  # noqa: F401
from .lookalike import lookalike  # noqa: F401
