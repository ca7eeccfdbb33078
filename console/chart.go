package console

import "strconv"

// Charts are drawn on the server as SVG, by a template (chart.html) from the
// geometry computed here. They use classes, never style attributes, so the
// CSP holds; each has a title and a description, and the page repeats the
// numbers in a table for screen readers. No participant data goes into an
// attribute the template does not escape (fill, stroke: golang/go#80158).

// Chart dimensions, in SVG user units.
const (
	chartW     = 560
	chartH     = 220
	chartLeft  = 40
	chartRight = 10
	chartTop   = 12
	chartBase  = 180 // y of the x axis
)

type bar struct {
	X, Y, W, H int
	// Class is a CSS class: the series or state.
	Class string
	Label string
	Value int
	// LX, LY place the label under the bar; VY the value above it.
	LX, LY, VY int
}

type gridLine struct {
	Y     int
	Label string
}

type chart struct {
	ID, Title, Desc string
	W, H, Left      int
	Right, Base     int
	Bars            []bar
	Grid            []gridLine
	Legend          []legendItem
}

type legendItem struct {
	Class, Label string
	X, Y, TX, TY int
}

// barChart lays out one bar per value, scaled to the largest.
func barChart(id, title, desc string, labels, classes []string, values []int) chart {
	c := chart{ID: id, Title: title, Desc: desc, W: chartW, H: chartH, Left: chartLeft, Right: chartW - chartRight, Base: chartBase}
	top := 1
	for _, v := range values {
		top = max(top, v)
	}
	// A round scale: 1, 2, 5, 10, 20, 50...
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000} {
		step = s
		if top/s <= 5 {
			break
		}
	}
	top = (top + step - 1) / step * step
	span := chartBase - chartTop
	for v := 0; v <= top; v += step {
		c.Grid = append(c.Grid, gridLine{Y: chartBase - v*span/top, Label: strconv.Itoa(v)})
	}
	n := max(1, len(values))
	slot := (chartW - chartLeft - chartRight) / n
	bw := max(4, slot*2/3)
	for i, v := range values {
		h := v * span / top
		x := chartLeft + i*slot + (slot-bw)/2
		c.Bars = append(c.Bars, bar{X: x, Y: chartBase - h, W: bw, H: h, Class: classes[i], Label: labels[i], Value: v,
			LX: x + bw/2, LY: chartBase + 16, VY: chartBase - h - 4})
	}
	return c
}

func weeksChart(l Locale, id, cohort string, weeks []weekCount) chart {
	labels := make([]string, len(weeks))
	classes := make([]string, len(weeks))
	values := make([]int, len(weeks))
	for i, w := range weeks {
		labels[i], classes[i], values[i] = l.T("chart.week", w.Week), "bar-meetings", w.N
	}
	return barChart("weeks-"+id, l.T("chart.weeks.title", cohort), l.T("chart.weeks.desc"), labels, classes, values)
}

func statesChart(l Locale, id, cohort string, states []stateCount) chart {
	labels := make([]string, len(states))
	classes := make([]string, len(states))
	values := make([]int, len(states))
	for i, s := range states {
		labels[i], classes[i], values[i] = l.T("state."+s.State), "bar-"+s.State, s.N
	}
	return barChart("states-"+id, l.T("chart.states.title", cohort), l.T("chart.states.desc"), labels, classes, values)
}

// stackedChart lays out one bar per week, each stacked by state, scaled to the
// largest total.
func stackedChart(id, title, desc string, labels []string, stacks [][]stateCount) chart {
	totals := make([]int, len(stacks))
	for i, st := range stacks {
		for _, s := range st {
			totals[i] += s.N
		}
	}
	classes := make([]string, len(stacks))
	c := barChart(id, title, desc, labels, classes, totals)
	span := chartBase - chartTop
	top := 0
	if len(c.Grid) > 0 {
		top, _ = strconv.Atoi(c.Grid[len(c.Grid)-1].Label)
	}
	var bars []bar
	for i, b := range c.Bars {
		y := chartBase
		for _, s := range stacks[i] {
			if s.N == 0 || top == 0 {
				continue
			}
			h := s.N * span / top
			y -= h
			bars = append(bars, bar{X: b.X, Y: y, W: b.W, H: h, Class: "bar-" + s.State, Value: -1})
		}
		// The total above, the week below.
		bars = append(bars, bar{X: b.X, Y: chartBase, W: b.W, H: 0, Class: "bar-none", Label: b.Label, Value: b.Value,
			LX: b.LX, LY: b.LY, VY: y - 4})
	}
	c.Bars = bars
	return c
}

func statesOverTimeChart(l Locale, id, cohort string, weeks []weekStates) chart {
	labels := make([]string, len(weeks))
	stacks := make([][]stateCount, len(weeks))
	for i, w := range weeks {
		labels[i], stacks[i] = l.T("chart.week", w.Week), w.States
	}
	c := stackedChart("history-"+id, l.T("chart.history.title", cohort), l.T("chart.history.desc"), labels, stacks)
	c.H += 24
	for i, st := range pairStates {
		x := chartLeft + i*130
		c.Legend = append(c.Legend, legendItem{Class: "bar-" + st, Label: l.T("state." + st), X: x, Y: chartH + 4,
			TX: x + 14, TY: chartH + 13})
	}
	return c
}
