// Bounds-check elimination: elements of every representation, read and written through an
// index proved in range (goj indexes the backing array directly), must behave as with the check.
package main

type P struct{ x int }

func main() {
	bs := []bool{true, false}
	u8 := []uint8{200, 1}
	i8 := []int8{-100, 5}
	i16 := []int16{-3000, 7}
	u16 := []uint16{60000, 1}
	i32 := []int32{-70000, 1}
	u32 := []uint32{4000000000, 1}
	f32 := []float32{1.5, 2.25}
	f64 := []float64{1e100, 3}
	ss := []string{"a", "bc"}
	ps := []*P{&P{1}, &P{2}}
	ifs := []any{1, "x"}
	for i := range bs {
		bs[i] = !bs[i]
	}
	for i := range u8 {
		u8[i] += 100
	}
	for i := range i8 {
		i8[i] -= 100
	}
	for i := range i16 {
		i16[i] *= 11
	}
	for i := range u16 {
		u16[i] += 6000
	}
	for i := range i32 {
		i32[i] *= 40000
	}
	for i := range u32 {
		u32[i] += 300000000
	}
	for i := range f32 {
		f32[i] /= 3
	}
	for i := range f64 {
		f64[i] *= 1e250
	}
	for i := range ss {
		ss[i] += "!"
	}
	for i := range ps {
		ps[i] = &P{ps[i].x * 10}
	}
	for i := range ifs {
		ifs[i] = ifs[len(ifs)-1-i]
	}
	for i := 0; i < 2; i++ {
		println(bs[i], u8[i], i8[i], i16[i], u16[i], i32[i], u32[i], f32[i], f64[i], ss[i], ps[i].x, ifs[i] == nil)
	}
	s := u8[:1]
	for i := range s {
		println(s[i])
	}
	t := u8[1:]
	for i := range t {
		println(t[i])
	}
}
