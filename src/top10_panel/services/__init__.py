"""The use cases of SPEC §2, shared by the command line and the app."""
