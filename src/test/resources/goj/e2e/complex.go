package main

type C complex128

type S struct {
	a complex64
	b complex128
}

func div(a, b complex128) complex128 { return a / b }

func main() {
	var c complex128 = complex(1, 2)
	var d complex64 = complex(1.5, -0.25)
	println(c, d, 1.5, float32(2.5))
	println(complex(0, 0), -c, c*c, c/c, c+c, c-1)
	println(real(c), imag(c), real(d), imag(d))
	x := 3 + 4i
	println(x, x == 3+4i, x != 3+4i)
	var z complex128
	println(z, -z, div(1, z), div(-1, z), div(complex(1, 1), 0))
	inf := 1 / real(z)
	nan := inf - inf
	println(div(complex(inf, 0), 1+1i), div(1+1i, complex(inf, inf)), div(complex(nan, 1), 1))
	var e complex64 = complex(0.1, 0.2)
	println(e*e, e/e, complex128(e), complex64(c))
	var s S
	println(s.a, s.b, s == S{})
	s.b = 2i
	println(s == S{}, s.b)
	var i interface{} = c
	var j any = complex128(complex(1, 2))
	println(i == j, i.(complex128))
	var k any = d
	switch v := k.(type) {
	case complex128:
		println("c128", v)
	case complex64:
		println("c64", v)
	}
	m := map[complex128]int{}
	m[1+1i] = 1
	m[complex(0, 0)]++
	m[complex(-1*real(z), 0)]++
	m[complex(nan, 0)] = 5
	m[complex(nan, 0)] = 6
	println(len(m), m[1+1i], m[0])
	var cc C = 5i
	println(cc * cc)
	arr := []complex64{1, 2i, 3}
	arr = append(arr, 4+4i)
	println(arr[3], len(arr))
	var f32 float32 = 1.25
	println(complex(f32, f32))
	const big = 1e300i
	println(big * 1e-300)
	more()
}

var global complex64 = 1 + 2i

func polar(z complex128) (float64, float64) { return real(z), imag(z) }

func more() {
	r, i := polar(3 - 4i)
	println(r, i, global*global, global/(0+1i))
	ch := make(chan complex128, 1)
	ch <- 2.5i
	println(<-ch)
	acc := complex(0, 0)
	add := func(d complex128) { acc += d }
	add(1)
	add(1i)
	println(acc)
	var arr [2]complex64
	arr[1] = 3
	println(arr[0], arr[1])
	println(pair{1i} == pair{1i}, pair{1i} != pair{2i})
	var big complex64 = complex(3e38, 3e38)
	println(big*big, big+big)
	var small complex64 = complex(float32(1e-30), 0)
	println(small * small)
	var e any = 1 + 0i
	println(e == any(complex(1, 0)), e == any(complex64(1)))
}
type pair struct{ z complex128 }
