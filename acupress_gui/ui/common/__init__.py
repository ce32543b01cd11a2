"""What every feature uses: theme, banners, dialogs and questions."""
