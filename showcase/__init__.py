"""The demo app's parts beside `app.py` (the Space entry point): its shared state and model loading, the rules for
its lists and uploads, and its figures."""
