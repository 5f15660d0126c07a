"""Item models: each holds row ids and fetches the rows lazily, in batches."""
