// exit 2
package main

type P struct{ X, Y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	println(len(m), m["a"], m["c"], v, ok)
	delete(m, "b")
	_, ok = m["b"]
	println(ok, len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	println(sum)
	counts := make(map[int]int)
	for i := 0; i < 100; i++ {
		counts[i%7]++
	}
	println(counts[0], counts[6], len(counts))
	pm := map[P]string{{1, 2}: "a"}
	pm[P{3, 4}] = "b"
	println(pm[P{1, 2}], pm[P{3, 4}], len(pm))
	var nm map[string]bool
	println(nm["x"], len(nm), nm == nil)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	println(len(fm), fm[nan])
	nm["x"] = true
}
