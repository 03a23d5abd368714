package main

type Ordered interface {
	~int | ~int64 | ~uintptr | ~string | ~float64
}

func Compare[S ~[]E, E Ordered](s1, s2 S) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if s1[i] < s2[i] {
			return -1
		}
		if s1[i] > s2[i] {
			return 1
		}
	}
	return len(s1) - len(s2)
}

func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func Contains[S ~[]E, E comparable](s S, v E) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func Max[T Ordered](a ...T) T {
	m := a[0]
	for _, x := range a {
		if x > m {
			m = x
		}
	}
	return m
}

func Apply[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Double[T Ordered](x T) T { return x + x }

func main() {
	all := [][]uintptr{{3, 1}, {1, 2, 3}, {1, 2}}
	SortFunc(all, Compare)
	println(len(all[0]), all[0][0], all[1][1], all[2][0])
	println(Contains([]byte("a.b"), '.'), Contains([]byte("ab"), 'x'))
	println(Max(1, 2.5, 'a'), Max(1, 2))
	r := Apply([]string{"x", "yz"}, Double[string])
	println(r[0], r[1])
}
