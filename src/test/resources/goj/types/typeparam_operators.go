package main

// Operators on type parameters: an untyped constant converts only if every type of the type set
// can take it, and only ordered type sets allow <.

func f[T any](x T) int { return x + 1 }

func h[T ~int | ~string](x T) T { return x * 2 }

func k[T comparable](x, y T) bool { return x < y }

func ok[T ~int | ~float64](x T) T { return x*2 + 1 }

func cat[S ~string](s S) S { return s + "!" }

func lt[T ~int | ~uint8](a, b T) bool { return a < b && a != 3 }

func main() {}
