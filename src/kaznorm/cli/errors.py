"""The CLI's own error type: a message for the user, printed without a traceback (exit status 2)."""


class CliError(Exception):
    pass
