"""One module per console page (Healthchecks' split): each holds its routes and nothing else."""
