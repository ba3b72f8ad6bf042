//! Black-box tests of the musharaka binary live in tests/.
