package p

type I interface{ M() }

type T struct{}

func f(e any, i I) {
	switch e.(type) {
	case int, nil:
	case int: // duplicate
	case I, nil: // duplicate nil
	case interface{ M() }: // duplicate of I
	}
	switch x := e.(type) {
	case G: // undefined: x is invalid, nothing more is reported
		x.M()
	case 0:
		x.N()
	}
	switch y := undefinedValue.(type) {
	default:
		_ = y
	}
	switch z := nil.(type) {
	default:
		_ = z
	}
	const c = 1
	switch w := c.(type) {
	default:
	}
	switch i.(type) {
	case T:
	}
}
