## councils (tzm)
