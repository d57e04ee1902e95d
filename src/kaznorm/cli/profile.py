"""Which steps a ``kaznorm clean`` run uses: the pipeline from --profile, --skip, --only,
--words and --protect, and the list of steps and profiles shown by ``--help``/``kaznorm steps``.

This is the CLI's one point of contact with the pipeline's registry (step names,
their descriptions, the profiles).
"""
from __future__ import annotations

import os
import textwrap
from typing import List, Optional

from .errors import CliError


def steps_text(width: int = 78) -> str:
    from ..core.pipeline import MIN_CONFIDENCE, PROFILES
    from ..core.registry import ORDER, get_step, step_names

    names = step_names()
    lines = ["steps (use these names with --skip and --only; listed in pipeline order):"]
    pad = max((len(n) for n in names), default=8) + 2
    for n in names:
        doc = get_step(n).doc or "(no description)"
        wrapped = textwrap.wrap(doc, width - pad - 2) or [""]
        lines.append(f"  {n:<{pad}}{wrapped[0]}")
        lines.extend(" " * (pad + 2) + w for w in wrapped[1:])
    missing = [n for n in ORDER if n not in names]
    if missing:
        lines.append(f"  (not available in this installation: {', '.join(missing)})")
    lines.append("")
    lines.append("profiles (--profile): their steps, the least confidence a change needs, and the settings")
    lines.append("that differ from the steps' defaults:")
    for p, members in PROFILES.items():
        have = [m for m in members if m in names]
        text = ", ".join(have) or "(no steps available)"
        text += f"; min confidence {MIN_CONFIDENCE.get(p, MIN_CONFIDENCE['default'])}"
        changed = profile_settings(p, have)
        if changed:
            text += "; " + "; ".join(changed)
        wrapped = textwrap.wrap(text, width - pad - 2) or [""]
        lines.append(f"  {p:<{pad}}{wrapped[0]}")
        lines.extend(" " * (pad + 2) + w for w in wrapped[1:])
    return "\n".join(lines)


def profile_settings(profile: str, names: List[str]) -> List[str]:
    """``"step: field=value (default d), ..."`` for each step whose settings in ``profile`` differ from its defaults."""
    from dataclasses import fields, is_dataclass

    from ..core.registry import get_step

    out = []
    for n in names:
        st = get_step(n)
        mine, base = st.settings(profile), st.config()
        if mine == base or not is_dataclass(base):
            continue
        diffs = [f"{f.name}={getattr(mine, f.name)!r} (default {getattr(base, f.name)!r})"
                 for f in fields(base) if getattr(mine, f.name) != getattr(base, f.name)]
        out.append(f"{n}: " + ", ".join(diffs))
    return out


def split_names(values: Optional[List[str]]) -> Optional[List[str]]:
    if values is None:
        return None
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def build_pipeline(args):
    """The :class:`~kaznorm.Pipeline` the options ask for; :class:`CliError` for unknown names or files."""
    from ..core.pipeline import PROFILES, Pipeline
    from ..core.registry import ORDER, step_names

    known = step_names()
    skip = split_names(args.skip) or []
    only = split_names(args.only)
    if only == []:
        raise CliError(f"--only needs at least one step name; steps: {', '.join(known)}")
    for n in skip + (only or []):
        if n not in known and n not in ORDER:
            raise CliError(f"unknown step {n!r}; steps: {', '.join(known)}")
    if args.profile not in PROFILES:
        raise CliError(f"unknown profile {args.profile!r}; choose one of: {', '.join(PROFILES)}")
    # names from the canonical list that this installation lacks are accepted and ignored
    skip = [n for n in skip if n in known]
    if only is not None:
        only = [n for n in only if n in known]
        if not only:
            raise CliError(f"none of the --only steps is available in this installation; steps: {', '.join(known)}")
    pipeline = Pipeline.from_profile(args.profile, skip=skip, only=only)
    if getattr(args, "script", None):
        from ..latin import with_script

        pipeline = with_script(pipeline, args.script)
    from pathlib import Path

    for what, files in (("--words", args.words), ("--protect", args.protect)):
        for f in files:
            if not os.path.isfile(f):
                raise CliError(f"{what} {f}: no such file")
            try:
                if what == "--words":
                    pipeline = pipeline.with_words(Path(f))
                else:
                    pipeline = pipeline.with_words(protected=Path(f))
            except UnicodeDecodeError as exc:
                raise CliError(f"{what} {f}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return pipeline


def step_docs(names: List[str]) -> dict:
    """Each step's one-line description (for the audit report)."""
    from ..core.registry import get_step

    out = {}
    for n in names:
        try:
            out[n] = get_step(n).doc or ""
        except ValueError:  # a step of a custom pipeline that is not registered
            out[n] = ""
    return out
