// Maps with unboxed int keys (GoMap's *Int entry points) next to boxed keys: nil values, deletion during range, growth, nil maps.
package main

type K int

func main() {
	m := map[int]string{1: "a", -5: "b"}
	m[1<<40] = "c"
	var x int = -5
	println(m[x], m[1], m[1<<40], len(m))
	v, ok := m[7]
	println(v == "", ok)
	delete(m, x)
	_, ok = m[-5]
	println(ok, len(m))
	for i := 0; i < 1000; i++ {
		m[i*7919] = "x"
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, i*7919)
	}
	n := 0
	for k, v := range m {
		if v == "x" && k%7919 == 0 {
			n++
		}
		delete(m, k+7919)
	}
	println(n > 0, len(m) < 1000)
	mp := map[int]*int{}
	mp[3] = nil
	p, ok := mp[3]
	println(p == nil, ok, len(mp))
	var nm map[int]int
	println(nm[4], len(nm))
	delete(nm, 4)
	mk := map[K]int{1: 2}
	mk[1]++
	println(mk[1])
	ma := map[any]int{nil: 1, 1: 2, "s": 3, 1.5: 4}
	println(ma[nil], ma[1], ma["s"], ma[1.5], len(ma))
	delete(ma, nil)
	println(ma[nil], len(ma))
	cnt := 0
	for range ma {
		cnt++
	}
	println(cnt)
	defer func() { println(recover().(error).Error()) }()
	nm[1] = 2
}
