package p

const big = 1 << 100

func f(s []int, a [3]int, str string) {
	_ = s["a"]
	_ = s[1.5]
	_ = s[big]
	_ = s[uint64(1<<63)]
	_ = s[-1]
	_ = a[3]
	_ = str[2i]
	_ = make([]int, 0.5)
	_ = make(chan int, -2)
	_ = make(map[int]int, 1<<70)
	_ = []int{-1: 1, 2: 2, 2: 3}
	_ = [2]int{5: 1}
	_ = [2]int{1, 2, 3}
	var i int
	_ = []int{i: 1}
}
