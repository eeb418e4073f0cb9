"""Reading inputs (bytes → documents) and writing outputs (records, side files) atomically."""
