// exit 2
package main

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Inc(d int) { t.n += d }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	p := &x
	*p = 42
	println(x, *p, p == &x)
	q := new(int)
	*q += 5
	println(*q)
	t := T{1}
	get := t.Get
	inc := t.Inc
	inc(10)
	println(get(), t.n, t.Get())
	fs := []func(int){inc, inc}
	for _, f := range fs {
		f(1)
	}
	println(t.n)
	var np *int
	println(np == nil)
	println(*np)
}
