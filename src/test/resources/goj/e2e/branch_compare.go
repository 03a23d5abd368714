// Comparisons that decide branches directly (NaN, unsigned, sub-word, booleans), and append of
// one element for every element representation, with gc's capacities.
package main

type pt struct{ x, y int }

//go:noinline
func cmpf(a, b float64) (r int) {
	if a < b {
		r |= 1
	}
	if a <= b {
		r |= 2
	}
	if a > b {
		r |= 4
	}
	if a >= b {
		r |= 8
	}
	if a == b {
		r |= 16
	}
	if a != b {
		r |= 32
	}
	return
}

func cmpf32(a, b float32) (r int) {
	if a < b {
		r |= 1
	}
	if a >= b {
		r |= 2
	}
	if a != b {
		r |= 4
	}
	return
}

func cmpu(a, b uint64) (r int) {
	if a < b {
		r |= 1
	}
	if a >= b {
		r |= 2
	}
	return
}

func cmpu32(a, b uint32) (r int) {
	if a < b {
		r |= 1
	}
	if a > b {
		r |= 2
	}
	return
}

func cmpsmall(a, b int8, c, d uint8, e, f bool) (r int) {
	if a < b {
		r |= 1
	}
	if c < d {
		r |= 2
	}
	if e == f {
		r |= 4
	}
	if e != f {
		r |= 8
	}
	return
}

func main() {
	zero := 0.0
	nan := zero / zero
	vals := []float64{-1, 0, 1, nan}
	for _, a := range vals {
		for _, b := range vals {
			print(cmpf(a, b), " ")
		}
	}
	println()
	f32 := []float32{-1, 2, float32(nan)}
	for _, a := range f32 {
		for _, b := range f32 {
			print(cmpf32(a, b), " ")
		}
	}
	println()
	us := []uint64{0, 1, 1 << 63, ^uint64(0)}
	for _, a := range us {
		for _, b := range us {
			print(cmpu(a, b), " ")
		}
	}
	println()
	println(cmpu32(1, 1<<31), cmpu32(1<<31, 1), cmpsmall(-3, 2, 200, 100, true, false), cmpsmall(5, -5, 1, 255, true, true))

	var bs []bool
	var i8 []int8
	var u8 []byte
	var i16 []int16
	var u16 []uint16
	var i32 []int32
	var u32 []uint32
	var i64 []int64
	var f32s []float32
	var f64 []float64
	var ss []string
	var ps []pt
	var cs []complex128
	for i := 0; i < 40; i++ {
		bs = append(bs, i%3 == 0)
		i8 = append(i8, int8(i*7))
		u8 = append(u8, byte(i*9))
		i16 = append(i16, int16(i*1000))
		u16 = append(u16, uint16(i*3000))
		i32 = append(i32, int32(i)*100000000)
		u32 = append(u32, uint32(i)*200000000)
		i64 = append(i64, int64(i)<<40)
		f32s = append(f32s, float32(i)/3)
		f64 = append(f64, float64(i)/7)
		ss = append(ss, string(rune('a'+i%26)))
		p := pt{i, -i}
		ps = append(ps, p)
		p.x = 99
		cs = append(cs, complex(float64(i), 1))
	}
	println(len(bs), cap(bs), bs[39], len(i8), cap(i8), i8[39], cap(u8), u8[39], cap(i16), i16[39], cap(u16), u16[39])
	println(cap(i32), i32[39], cap(u32), u32[39], cap(i64), i64[39], cap(f32s), f32s[39], cap(f64), f64[39])
	println(len(ss), ss[39], cap(ps), ps[39].x, ps[39].y, cap(cs), real(cs[39]))
	sub := i64[2:4]
	sub = append(sub, -1)
	println(i64[4], len(sub), cap(sub))
}
