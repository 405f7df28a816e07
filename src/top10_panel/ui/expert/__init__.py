"""The expert's side: the ballot window and its panels (one module per panel)."""
