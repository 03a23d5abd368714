// Generic methods (Go 1.27), called with inferred and with explicit type arguments: plain
// calls, method values, defer and go.
package main

type Box struct{ n int }

func (b Box) Map[T any](f func(int) T) T { return f(b.n) }

type Acc struct{ total int }

func (a *Acc) Add[T ~int | ~int64](v T) { a.total += int(v) }

func Pair[K comparable, V any](k K, v V) (K, V) { return k, v }

func main() {
	b := Box{21}
	println(b.Map(func(x int) int { return x * 2 }))
	println((Box{3}).Map[string](func(x int) string { return "three" }))
	g := Box{4}.Map[float64]
	println(g(func(x int) float64 { return float64(x) / 8 }))
	var a Acc
	a.Add(int64(5))
	a.Add[int](7)
	defer func() { println("total", a.total) }()
	defer a.Add[int](100)
	done := make(chan bool)
	go func() {
		b.Map[bool](func(x int) bool { println("in goroutine", x); return true })
		done <- true
	}()
	<-done
	k, v := Pair[string]("x", 2)
	println(k, v)
}
