// exit 2
package main

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			q = -1
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}

func named() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

func repanic() {
	defer func() {
		r := recover()
		println("recovered:", r.(string))
		panic("second")
	}()
	panic("first")
}

func idx(s []int, i int) (v int) {
	defer func() {
		if e := recover(); e != nil {
			println("caught:", e.(error).Error())
			v = -99
		}
	}()
	return s[i]
}

func main() {
	println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	println(q, err.Error())
	order()
	println(named())
	println(idx([]int{1}, 5))
	func() {
		defer func() {
			println("outer recovered:", recover().(string))
		}()
		repanic()
	}()
	println(recover() == nil)
	defer println("main deferred")
	var err2 error = E{"custom"}
	panic(err2)
}
