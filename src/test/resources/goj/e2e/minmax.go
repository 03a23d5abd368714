package main

type T struct{ a, b int }

func main() {
	x, y := 3, 7
	println(min(x, y), max(x, y), min(x, 1, y), max(2, x, 10))
	var u uint64 = 1 << 63
	var v uint64 = 5
	println(min(u, v), max(u, v))
	var u32 uint32 = 1 << 31
	println(min(u32, 4), max(u32, 4))
	var i8 int8 = -5
	println(min(i8, 3), max(i8, -100))
	var b byte = 200
	println(min(b, 100), max(b, 1))
	f := 1.5
	zero := 0.0
	nz := -zero
	nan := zero / zero
	println(min(f, 2), max(f, 2.5), min(zero, nz), max(nz, zero), min(nz, zero), max(zero, nz))
	println(min(f, nan), max(nan, f), min(1, nan, 2))
	var f32 float32 = 2.5
	println(min(f32, 1), max(f32, 3))
	s, t := "apple", "banana"
	println(min(s, t), max(s, t), min(s, "a"), max("zz", s, t))
	const c = min(1, 2.5, -3)
	const d = max("a", "b")
	println(c, d, min(1, 2), max(1.5, 2))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m))
	m["c"] = 3
	println(len(m), m["c"])
	sl := []int{1, 2, 3, 4}
	clear(sl[1:3])
	println(sl[0], sl[1], sl[2], sl[3], len(sl))
	ss := []string{"a", "b"}
	clear(ss)
	println(ss[0] == "", len(ss))
	ts := []T{{1, 2}, {3, 4}}
	clear(ts)
	println(ts[0].a, ts[1].b)
	var arr [3]int = [3]int{1, 2, 3}
	clear(arr[:2])
	println(arr[0], arr[1], arr[2])
	println(float64(min(x, 2, y))+max(0.5, 1.5, 1), min("b", s, "c"))
	var nm map[int]int
	clear(nm)
	var ns []int
	clear(ns)
	cs := []complex128{1i, 2}
	clear(cs)
	println(cs[0], cs[1])
	fs := []float64{1, 2}
	clear(fs)
	println(fs[0])
}
