"""The application: main window, controllers, Qt item models and dialogs."""
