"""Resource namespaces of ``Venice`` / ``AsyncVenice``; each module is imported on first use."""
