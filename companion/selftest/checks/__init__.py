"""One module per feature; each has ``ORDER`` and ``run(test)`` (see ``framework``)."""
