"""Speed and scale measurements, apart from the test suite: `python -m bench`."""
