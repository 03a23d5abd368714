package main

type N int

func (n *N) Inc()      { *n++ }
func (n N) Show(s string) { println(s, int(n)) }

type I interface{ Show(string) }

type W struct {
	N
	k int
}

func run() (r N) {
	defer r.Inc()
	defer r.Show("deferred value")
	r = 5
	return r
}

func main() {
	var n N = 1
	func() {
		defer n.Inc()
		defer n.Show("at defer")
		n = 10
	}()
	println(n)
	println(run())
	var i I = n
	defer i.Show("iface")
	w := W{N: 3}
	defer w.Show("embedded")
	w.Inc()
	f := w.Inc
	f()
	println(w.N)
	g := (*W).Inc
	g(&w)
	h := W.Show
	h(w, "expr")
}
