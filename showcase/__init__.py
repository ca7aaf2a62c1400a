"""The demo app's parts beside `app.py` (the Space entry point): the rules for its lists and uploads, and its figures."""
