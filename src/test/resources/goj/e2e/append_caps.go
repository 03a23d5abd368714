// The capacities append gives, as gc's size classes make them: element sizes 1 to 48 bytes, with
// and without pointers (objects with pointers over 512 bytes carry gc's malloc header).
package main

type noPtr struct{ a, b, c int64 }
type withPtr struct {
	p *int
	n int64
}

func growth[T any](name string, zero T) {
	var s []T
	last := -1
	print(name, ":")
	for i := 0; i < 5000; i++ {
		s = append(s, zero)
		if cap(s) != last {
			print(" ", cap(s))
			last = cap(s)
		}
	}
	println()
	t := append([]T(nil), make([]T, 37)...)
	println(name, "append 37:", cap(t))
}

func main() {
	growth("byte", byte(0))
	growth("int32", int32(0))
	growth("int", 0)
	growth("string", "")
	growth("any", any(nil))
	growth("*int", (*int)(nil))
	growth("[]int", []int(nil))
	growth("noPtr", noPtr{})
	growth("withPtr", withPtr{})
	growth("[3]string", [3]string{})
	growth("[6]int64", [6]int64{})
}
