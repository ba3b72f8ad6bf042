## councils (fr)
