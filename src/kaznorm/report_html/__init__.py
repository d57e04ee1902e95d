"""The audit report (``kaznorm clean --report``, ``kaznorm report``): a sample of each step's
changes (:mod:`.sample`, also used in the worker processes) and the self-contained HTML page that
shows them with the run's totals (:mod:`.render`, :mod:`.assets`)."""
