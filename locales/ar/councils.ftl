## councils (ar)
