"""The pipeline core: edits and offsets, the step registry, Pipeline, Context."""
