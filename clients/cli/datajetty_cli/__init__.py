"""The `datajetty` command, built on the generated datajetty_client."""
