package main

func helper() any { return recover() }

type T struct{}

func (T) M()  { println("M recovered:", recover() != nil) }
func (*T) P() { println("P recovered:", recover() != nil) }

type E struct{ T }

func try(name string, f func()) {
	defer func() {
		r := recover()
		println(name, "outer recovered:", r != nil)
	}()
	f()
}

func main() {
	try("direct", func() {
		defer func() { println("direct:", recover() != nil) }()
		panic(1)
	})
	try("helper", func() {
		defer func() { println("helper:", helper() != nil) }()
		panic(1)
	})
	try("deferrecover", func() {
		defer recover()
		panic(1)
	})
	try("method", func() {
		defer T{}.M()
		panic(1)
	})
	try("methodvalue", func() {
		f := T{}.M
		defer f()
		panic(1)
	})
	try("methodexpr", func() {
		defer T.M(T{})
		panic(1)
	})
	try("promoted", func() {
		defer E{}.M()
		panic(1)
	})
	try("ptr", func() {
		t := &T{}
		defer t.P()
		panic(1)
	})
	try("iface", func() {
		var i interface{ M() } = T{}
		defer i.M()
		panic(1)
	})
	try("funcvar", func() {
		g := func() { println("funcvar:", recover() != nil) }
		defer g()
		panic(1)
	})
	try("nested", func() {
		defer func() {
			func() { println("nested:", recover() != nil) }()
		}()
		panic(1)
	})
	try("generic", func() {
		defer gen[int]()
		panic(1)
	})
}

func gen[X any]() { println("generic:", recover() != nil) }
