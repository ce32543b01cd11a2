"""Choosing a point: the body map, the list of points beside it and the point's panel."""
