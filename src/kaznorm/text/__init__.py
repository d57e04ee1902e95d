"""Text scanning shared by the steps: protected spans, tokens, line-break parts, character classes."""
