"""Runtime assets, loaded with ``importlib.resources`` so wheels and bundles work alike."""
