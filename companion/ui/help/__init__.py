"""Help now: F1 everywhere, the panel, service cards and QR codes. Never behind a lock."""
