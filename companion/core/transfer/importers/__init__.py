"""One module per source format; each exposes ``NAME``, ``LABEL``, ``looks_like`` and
``parse(path, zone=...) -> ParsedSource`` (see ``companion.core.transfer.formats``)."""
