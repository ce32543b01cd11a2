"""The window around a visitor's view: menus, tray, geometry, close and quit policy."""
