package main

func nan() float64 { var z float64; return z / z }

func main() {
	m := map[float64]int{}
	m[nan()] = 1
	m[nan()] = 2
	m[1] = 3
	var k any = nan()
	m2 := map[any]int{}
	m2[k] = 1
	m2[k] = 2
	println(len(m), len(m2))
	_, ok := m[nan()]
	println(ok)
	s := 0
	for k, v := range m {
		if k != k {
			s += v
		}
	}
	println(s)
	delete(m, nan())
	println(len(m))
	clear(m)
	println(len(m))
}
