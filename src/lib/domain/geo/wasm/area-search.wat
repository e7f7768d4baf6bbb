;; The inner loops of the area search (area-search.ts), hand-written: `scanArea` finds for one area
;; which points may reach it, which of them lie inside it, and the distance from the others to its
;; nearest edge, two points at a time (128-bit SIMD), and weighs each pair for the catchment;
;; `spread` turns the weights into the distance-weighted sums of supply; `locateAll` places points
;; in areas. Each does what the JavaScript in area-search.ts does, operation for operation in the
;; same order, so both give the same numbers to the last bit. Memory starts with the table of
;; 2^(j/32) that e^x reads (written by area-search.ts); the offsets of everything else come
;; through `setup` and `setupSums`.
;;
;; Build: `npm run wasm:build` writes area-search.wasm.ts from this file.
(module
  (memory (export "memory") 1)

  ;; Byte offsets of the arrays in memory, set by `setup`; see area-search.ts for their layout.
  (global $coords (mut i32) (i32.const 0))
  (global $ringStart (mut i32) (i32.const 0))
  (global $areaRingStart (mut i32) (i32.const 0))
  (global $areaBox (mut i32) (i32.const 0))
  (global $groups (mut i32) (i32.const 0))
  (global $groupCount (mut i32) (i32.const 0))
  (global $batchLon (mut i32) (i32.const 0))
  (global $batchLat (mut i32) (i32.const 0))
  (global $batchKx (mut i32) (i32.const 0))
  (global $batchBest (mut i32) (i32.const 0))
  (global $candidatePoint (mut i32) (i32.const 0))
  (global $candidateLimit (mut i32) (i32.const 0))
  (global $candidateInBox (mut i32) (i32.const 0))
  ;; The pairs found, 16 bytes each: f64 distance (or weight, when weighing) at 0, i32 point at 8.
  (global $pairs (mut i32) (i32.const 0))
  ;; Per area, its first pair (i32), and one more for the end; written by the caller.
  (global $areaStart (mut i32) (i32.const 0))
  ;; Per point, the sum of its weights and whether it reaches any area; filled by `scanArea`.
  (global $weightSum (mut i32) (i32.const 0))
  (global $reached (mut i32) (i32.const 0))
  ;; For `spread`, set by `setupSums`.
  (global $share (mut i32) (i32.const 0))
  (global $pointStale (mut i32) (i32.const 0))
  (global $pointCategoryStart (mut i32) (i32.const 0))
  (global $pointCategories (mut i32) (i32.const 0))
  (global $supply (mut i32) (i32.const 0))
  (global $staleSupply (mut i32) (i32.const 0))
  (global $offerCounts (mut i32) (i32.const 0))
  ;; Metres per degree of latitude.
  (global $ky (mut f64) (f64.const 0))

  (func (export "setup")
    (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (param f64)
    (global.set $coords (local.get 0))
    (global.set $ringStart (local.get 1))
    (global.set $areaRingStart (local.get 2))
    (global.set $areaBox (local.get 3))
    (global.set $groups (local.get 4))
    (global.set $groupCount (local.get 5))
    (global.set $batchLon (local.get 6))
    (global.set $batchLat (local.get 7))
    (global.set $batchKx (local.get 8))
    (global.set $batchBest (local.get 9))
    (global.set $candidatePoint (local.get 10))
    (global.set $candidateLimit (local.get 11))
    (global.set $candidateInBox (local.get 12))
    (global.set $pairs (local.get 13))
    (global.set $areaStart (local.get 14))
    (global.set $weightSum (local.get 15))
    (global.set $reached (local.get 16))
    (global.set $ky (local.get 17)))

  ;; The column (or row) of a grid holding coordinate `v`, clamped to 0 … count − 1:
  ;; max(0, min(count − 1, ⌊(v − origin) · perDegree⌋)), as cell-grid.ts computes it.
  (func $cellOf (param $v f64) (param $origin f64) (param $perDegree f64) (param $count i32)
    (result i32)
    (i32.trunc_sat_f64_s
      (f64.max
        (f64.const 0)
        (f64.min
          (f64.convert_i32_s (i32.sub (local.get $count) (i32.const 1)))
          (f64.floor (f64.mul (f64.sub (local.get $v) (local.get $origin)) (local.get $perDegree)))))))

  ;; Whether the point lies inside the area by the even-odd rule over all its rings, with the
  ;; half-open rule for points on an edge (as point-in-area.ts).
  (func $inArea (param $area i32) (param $lon f64) (param $lat f64) (result i32)
    (local $ring i32) (local $lastRing i32) (local $vertex i32) (local $lastVertex i32)
    (local $inside i32) (local $x0 f64) (local $y0 f64) (local $x1 f64) (local $y1 f64)
    (local.set $ring (i32.load (i32.add (global.get $areaRingStart) (i32.shl (local.get $area) (i32.const 2)))))
    (local.set $lastRing (i32.load offset=4 (i32.add (global.get $areaRingStart) (i32.shl (local.get $area) (i32.const 2)))))
    (block $ringsDone
      (loop $rings
        (br_if $ringsDone (i32.ge_u (local.get $ring) (local.get $lastRing)))
        (local.set $vertex
          (i32.add (global.get $coords)
            (i32.shl (i32.load (i32.add (global.get $ringStart) (i32.shl (local.get $ring) (i32.const 2)))) (i32.const 4))))
        (local.set $lastVertex
          (i32.add (global.get $coords)
            (i32.shl
              (i32.sub
                (i32.load offset=4 (i32.add (global.get $ringStart) (i32.shl (local.get $ring) (i32.const 2))))
                (i32.const 1))
              (i32.const 4))))
        (local.set $x0 (f64.load (local.get $vertex)))
        (local.set $y0 (f64.load offset=8 (local.get $vertex)))
        (block $edgesDone
          (loop $edges
            (br_if $edgesDone (i32.ge_u (local.get $vertex) (local.get $lastVertex)))
            (local.set $x1 (f64.load offset=16 (local.get $vertex)))
            (local.set $y1 (f64.load offset=24 (local.get $vertex)))
            (if (i32.ne (f64.gt (local.get $y0) (local.get $lat)) (f64.gt (local.get $y1) (local.get $lat)))
              (then
                ;; Is the edge east of the point at this latitude? From its southern end.
                (if
                  (if (result i32) (f64.lt (local.get $y0) (local.get $y1))
                    (then
                      (f64.lt
                        (f64.mul (f64.sub (local.get $lon) (local.get $x0)) (f64.sub (local.get $y1) (local.get $y0)))
                        (f64.mul (f64.sub (local.get $lat) (local.get $y0)) (f64.sub (local.get $x1) (local.get $x0)))))
                    (else
                      (f64.lt
                        (f64.mul (f64.sub (local.get $lon) (local.get $x1)) (f64.sub (local.get $y0) (local.get $y1)))
                        (f64.mul (f64.sub (local.get $lat) (local.get $y1)) (f64.sub (local.get $x0) (local.get $x1))))))
                  (then (local.set $inside (i32.xor (local.get $inside) (i32.const 1)))))))
            (local.set $x0 (local.get $x1))
            (local.set $y0 (local.get $y1))
            (local.set $vertex (i32.add (local.get $vertex) (i32.const 16)))
            (br $edges)))
        (local.set $ring (i32.add (local.get $ring) (i32.const 1)))
        (br $rings)))
    (local.get $inside))

  ;; batchBest[k] = the squared distance from batch point k (k < `count`, an even number) to the
  ;; nearest edge of the area, in metres in a local equirectangular projection around the point:
  ;; x = (lon − lon_k) · kx_k, y = (lat − lat_k) · ky. Two points at a time walk every edge; the
  ;; end of one edge, in metres, is the start of the next.
  (func $nearest (param $area i32) (param $count i32)
    (local $ring i32) (local $firstRing i32) (local $lastRing i32) (local $vertex i32)
    (local $lastVertex i32) (local $k i32) (local $bytes i32) (local $kyPair v128)
    (local $pointLon v128) (local $pointLat v128) (local $kxPair v128) (local $best v128)
    (local $ax v128) (local $ay v128) (local $bx v128) (local $by v128) (local $dx v128) (local $dy v128)
    (local $length2 v128) (local $dot v128) (local $t v128) (local $px v128) (local $py v128)
    (local.set $bytes (i32.shl (local.get $count) (i32.const 3)))
    (local.set $kyPair (f64x2.splat (global.get $ky)))
    (local.set $firstRing (i32.load (i32.add (global.get $areaRingStart) (i32.shl (local.get $area) (i32.const 2)))))
    (local.set $lastRing (i32.load offset=4 (i32.add (global.get $areaRingStart) (i32.shl (local.get $area) (i32.const 2)))))
    (block $pointsDone
      (loop $points
        (br_if $pointsDone (i32.ge_u (local.get $k) (local.get $bytes)))
        (local.set $pointLon (v128.load (i32.add (global.get $batchLon) (local.get $k))))
        (local.set $pointLat (v128.load (i32.add (global.get $batchLat) (local.get $k))))
        (local.set $kxPair (v128.load (i32.add (global.get $batchKx) (local.get $k))))
        (local.set $best (f64x2.splat (f64.const inf)))
        (local.set $ring (local.get $firstRing))
        (block $ringsDone
          (loop $rings
            (br_if $ringsDone (i32.ge_u (local.get $ring) (local.get $lastRing)))
            (local.set $vertex
              (i32.add (global.get $coords)
                (i32.shl (i32.load (i32.add (global.get $ringStart) (i32.shl (local.get $ring) (i32.const 2)))) (i32.const 4))))
            (local.set $lastVertex
              (i32.add (global.get $coords)
                (i32.shl
                  (i32.sub
                    (i32.load offset=4 (i32.add (global.get $ringStart) (i32.shl (local.get $ring) (i32.const 2))))
                    (i32.const 1))
                  (i32.const 4))))
            ;; a = the first vertex in metres around the points.
            (local.set $ax
              (f64x2.mul (f64x2.sub (f64x2.splat (f64.load (local.get $vertex))) (local.get $pointLon)) (local.get $kxPair)))
            (local.set $ay
              (f64x2.mul (f64x2.sub (f64x2.splat (f64.load offset=8 (local.get $vertex))) (local.get $pointLat)) (local.get $kyPair)))
            (block $edgesDone
              (loop $edges
                (br_if $edgesDone (i32.ge_u (local.get $vertex) (local.get $lastVertex)))
                ;; b = the edge's end; d = b − a.
                (local.set $bx
                  (f64x2.mul (f64x2.sub (f64x2.splat (f64.load offset=16 (local.get $vertex))) (local.get $pointLon)) (local.get $kxPair)))
                (local.set $by
                  (f64x2.mul (f64x2.sub (f64x2.splat (f64.load offset=24 (local.get $vertex))) (local.get $pointLat)) (local.get $kyPair)))
                (local.set $dx (f64x2.sub (local.get $bx) (local.get $ax)))
                (local.set $dy (f64x2.sub (local.get $by) (local.get $ay)))
                (local.set $length2
                  (f64x2.add
                    (f64x2.mul (local.get $dx) (local.get $dx))
                    (f64x2.mul (local.get $dy) (local.get $dy))))
                (local.set $dot
                  (f64x2.neg
                    (f64x2.add
                      (f64x2.mul (local.get $ax) (local.get $dx))
                      (f64x2.mul (local.get $ay) (local.get $dy)))))
                ;; The nearest point of the edge, a + t·d with t = dot / length² clamped to 0 … 1:
                ;; its start when dot ≤ 0, its end when dot ≥ length² (a + 1·d is exactly a + d),
                ;; and its end for an edge of length 0 (t is NaN: pmin gives 1), whose end is a.
                (local.set $t
                  (f64x2.pmax (f64x2.splat (f64.const 0))
                    (f64x2.pmin (f64x2.splat (f64.const 1)) (f64x2.div (local.get $dot) (local.get $length2)))))
                (local.set $px (f64x2.add (local.get $ax) (f64x2.mul (local.get $t) (local.get $dx))))
                (local.set $py (f64x2.add (local.get $ay) (f64x2.mul (local.get $t) (local.get $dy))))
                ;; The smaller distance²; a NaN never replaces a number.
                (local.set $best
                  (f64x2.pmin (local.get $best)
                    (f64x2.add
                      (f64x2.mul (local.get $px) (local.get $px))
                      (f64x2.mul (local.get $py) (local.get $py)))))
                (local.set $ax (local.get $bx))
                (local.set $ay (local.get $by))
                (local.set $vertex (i32.add (local.get $vertex) (i32.const 16)))
                (br $edges)))
            (local.set $ring (i32.add (local.get $ring) (i32.const 1)))
            (br $rings)))
        (v128.store (i32.add (global.get $batchBest) (local.get $k)) (local.get $best))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $points))))

  ;; Writes the pairs of one area after the first `used` pairs and returns the new number of pairs.
  ;; Each group of points is described at $groups + 96 · g (see area-search.ts): f64 west, south,
  ;; east, north, colsPerDegree, rowsPerDegree, dLon, dLat at 0 … 56; i32 cols, rows and the byte
  ;; offsets of its start, lon, lat, kx, reach and point arrays at 64 … 92.
  ;;
  ;; The points of the grid cells near the area are tested against its box two at a time; each is
  ;; written to the next candidate slot, and the slot is kept (the count moves on) only when it
  ;; passes, so the test takes no branch. Every candidate is then measured, and the pairs are kept
  ;; in the order the candidates were found: distance 0 inside the area, else the distance to the
  ;; nearest edge when within reach. Each pair's weight, people · e^(distance · rate), is added to
  ;; its point's sum, and with `weighing` 1 the pair holds that weight instead of its distance.
  (func (export "scanArea")
    (param $area i32) (param $used i32) (param $people f64) (param $rate f64) (param $weighing i32)
    (result i32)
    (local $west f64) (local $south f64) (local $east f64) (local $north f64)
    (local $g i32) (local $group i32) (local $dLon f64) (local $dLat f64) (local $cols i32)
    (local $start i32) (local $lonAt i32) (local $latAt i32) (local $kxAt i32) (local $reachAt i32)
    (local $pointAt i32) (local $c0 i32) (local $c1 i32) (local $r i32) (local $r1 i32)
    (local $k i32) (local $end i32) (local $limit v128) (local $count i32) (local $record i32)
    (local $c i32) (local $best v128) (local $distance v128) (local $k8 i32) (local $c8 i32)
    (local $at i32) (local $point i32) (local $inside v128) (local $keep i32) (local $weight v128)
    (local $value v128) (local $weighingMask v128) (local $peoplePair v128) (local $ratePair v128)
    (local $ex v128) (local $en v128) (local $er v128) (local $er2 v128) (local $eq v128) (local $et v128)
    (local $ek v128)
    (local $x v128) (local $y v128) (local $kx v128) (local $reach v128) (local $bx v128)
    (local $by v128) (local $pass i32) (local $inBox v128)
    (local $westPair v128) (local $southPair v128) (local $eastPair v128) (local $northPair v128)
    (local $kyPair v128)
    ;; The area's box: west, south, east, north, 32 bytes per area.
    (local.set $at (i32.add (global.get $areaBox) (i32.shl (local.get $area) (i32.const 5))))
    (local.set $west (f64.load (local.get $at)))
    (local.set $south (f64.load offset=8 (local.get $at)))
    (local.set $east (f64.load offset=16 (local.get $at)))
    (local.set $north (f64.load offset=24 (local.get $at)))
    (local.set $westPair (f64x2.splat (local.get $west)))
    (local.set $southPair (f64x2.splat (local.get $south)))
    (local.set $eastPair (f64x2.splat (local.get $east)))
    (local.set $northPair (f64x2.splat (local.get $north)))
    (local.set $kyPair (f64x2.splat (global.get $ky)))
    (block $groupsDone
      (loop $groupLoop
        (br_if $groupsDone (i32.ge_u (local.get $g) (global.get $groupCount)))
        (local.set $group (i32.add (global.get $groups) (i32.mul (local.get $g) (i32.const 96))))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (local.set $dLon (f64.load offset=48 (local.get $group)))
        (local.set $dLat (f64.load offset=56 (local.get $group)))
        ;; Skip a group whose grid lies beyond reach of the area's box.
        (br_if $groupLoop (f64.lt (f64.add (local.get $east) (local.get $dLon)) (f64.load offset=0 (local.get $group))))
        (br_if $groupLoop (f64.gt (f64.sub (local.get $west) (local.get $dLon)) (f64.load offset=16 (local.get $group))))
        (br_if $groupLoop (f64.lt (f64.add (local.get $north) (local.get $dLat)) (f64.load offset=8 (local.get $group))))
        (br_if $groupLoop (f64.gt (f64.sub (local.get $south) (local.get $dLat)) (f64.load offset=24 (local.get $group))))
        (local.set $cols (i32.load offset=64 (local.get $group)))
        (local.set $start (i32.load offset=72 (local.get $group)))
        (local.set $lonAt (i32.load offset=76 (local.get $group)))
        (local.set $latAt (i32.load offset=80 (local.get $group)))
        (local.set $kxAt (i32.load offset=84 (local.get $group)))
        (local.set $reachAt (i32.load offset=88 (local.get $group)))
        (local.set $pointAt (i32.load offset=92 (local.get $group)))
        (local.set $c0 (call $cellOf (f64.sub (local.get $west) (local.get $dLon))
          (f64.load offset=0 (local.get $group)) (f64.load offset=32 (local.get $group)) (local.get $cols)))
        (local.set $c1 (call $cellOf (f64.add (local.get $east) (local.get $dLon))
          (f64.load offset=0 (local.get $group)) (f64.load offset=32 (local.get $group)) (local.get $cols)))
        (local.set $r (call $cellOf (f64.sub (local.get $south) (local.get $dLat))
          (f64.load offset=8 (local.get $group)) (f64.load offset=40 (local.get $group))
          (i32.load offset=68 (local.get $group))))
        (local.set $r1 (call $cellOf (f64.add (local.get $north) (local.get $dLat))
          (f64.load offset=8 (local.get $group)) (f64.load offset=40 (local.get $group))
          (i32.load offset=68 (local.get $group))))
        (block $rowsDone
          (loop $rows
            (br_if $rowsDone (i32.gt_s (local.get $r) (local.get $r1)))
            (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c0)) (i32.const 2)))))
            (local.set $end (i32.load (i32.add (local.get $start) (i32.shl (i32.add (i32.add (i32.mul (local.get $r) (local.get $cols)) (local.get $c1)) (i32.const 1)) (i32.const 2)))))
            ;; The row's points k … end − 1 lie one after the other; two per step, the second
            ;; counted only when it is one of them (its lane may read the next array's numbers).
            (block $cellsDone
              (loop $cells
                (br_if $cellsDone (i32.ge_u (local.get $k) (local.get $end)))
                (local.set $k8 (i32.shl (local.get $k) (i32.const 3)))
                (local.set $x (v128.load (i32.add (local.get $lonAt) (local.get $k8))))
                (local.set $y (v128.load (i32.add (local.get $latAt) (local.get $k8))))
                (local.set $kx (v128.load (i32.add (local.get $kxAt) (local.get $k8))))
                (local.set $reach (v128.load (i32.add (local.get $reachAt) (local.get $k8))))
                ;; The nearest point of the area's box: beyond the reach, so is the area.
                (local.set $bx (f64x2.mul
                  (f64x2.pmax
                    (f64x2.pmax (f64x2.sub (local.get $westPair) (local.get $x)) (f64x2.splat (f64.const 0)))
                    (f64x2.sub (local.get $x) (local.get $eastPair)))
                  (local.get $kx)))
                (local.set $by (f64x2.mul
                  (f64x2.pmax
                    (f64x2.pmax (f64x2.sub (local.get $southPair) (local.get $y)) (f64x2.splat (f64.const 0)))
                    (f64x2.sub (local.get $y) (local.get $northPair)))
                  (local.get $kyPair)))
                (local.set $pass
                  (i32.and
                    (i64x2.bitmask
                      (f64x2.le
                        (f64x2.add (f64x2.mul (local.get $bx) (local.get $bx)) (f64x2.mul (local.get $by) (local.get $by)))
                        (f64x2.mul (local.get $reach) (local.get $reach))))
                    (select (i32.const 3) (i32.const 1)
                      (i32.lt_u (i32.add (local.get $k) (i32.const 1)) (local.get $end)))))
                ;; Inside the box, the point may lie inside the area.
                (local.set $inBox
                  (v128.and
                    (f64x2.eq (local.get $bx) (f64x2.splat (f64.const 0)))
                    (f64x2.eq (local.get $by) (f64x2.splat (f64.const 0)))))
                ;; The first point.
                (local.set $c8 (i32.shl (local.get $count) (i32.const 3)))
                (i32.store (i32.add (global.get $candidatePoint) (i32.shl (local.get $count) (i32.const 2)))
                  (i32.load (i32.add (local.get $pointAt) (i32.shl (local.get $k) (i32.const 2)))))
                (i32.store (i32.add (global.get $candidateInBox) (i32.shl (local.get $count) (i32.const 2)))
                  (i32x4.extract_lane 0 (local.get $inBox)))
                (f64.store (i32.add (global.get $candidateLimit) (local.get $c8)) (f64x2.extract_lane 0 (local.get $reach)))
                (f64.store (i32.add (global.get $batchLon) (local.get $c8)) (f64x2.extract_lane 0 (local.get $x)))
                (f64.store (i32.add (global.get $batchLat) (local.get $c8)) (f64x2.extract_lane 0 (local.get $y)))
                (f64.store (i32.add (global.get $batchKx) (local.get $c8)) (f64x2.extract_lane 0 (local.get $kx)))
                (local.set $count (i32.add (local.get $count) (i32.and (local.get $pass) (i32.const 1))))
                ;; The second.
                (local.set $c8 (i32.shl (local.get $count) (i32.const 3)))
                (i32.store (i32.add (global.get $candidatePoint) (i32.shl (local.get $count) (i32.const 2)))
                  (i32.load offset=4 (i32.add (local.get $pointAt) (i32.shl (local.get $k) (i32.const 2)))))
                (i32.store (i32.add (global.get $candidateInBox) (i32.shl (local.get $count) (i32.const 2)))
                  (i32x4.extract_lane 2 (local.get $inBox)))
                (f64.store (i32.add (global.get $candidateLimit) (local.get $c8)) (f64x2.extract_lane 1 (local.get $reach)))
                (f64.store (i32.add (global.get $batchLon) (local.get $c8)) (f64x2.extract_lane 1 (local.get $x)))
                (f64.store (i32.add (global.get $batchLat) (local.get $c8)) (f64x2.extract_lane 1 (local.get $y)))
                (f64.store (i32.add (global.get $batchKx) (local.get $c8)) (f64x2.extract_lane 1 (local.get $kx)))
                (local.set $count (i32.add (local.get $count) (i32.shr_u (local.get $pass) (i32.const 1))))
                (local.set $k (i32.add (local.get $k) (i32.const 2)))
                (br $cells)))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $rows)))
        (br $groupLoop)))
    ;; A last candidate on its own gets a partner with finite numbers, whose result is not read.
    (if (i32.and (local.get $count) (i32.const 1))
      (then
        (f64.store (i32.add (global.get $batchLon) (i32.shl (local.get $count) (i32.const 3))) (f64.const 0))
        (f64.store (i32.add (global.get $batchLat) (i32.shl (local.get $count) (i32.const 3))) (f64.const 0))
        (f64.store (i32.add (global.get $batchKx) (i32.shl (local.get $count) (i32.const 3))) (f64.const 0))))
    (call $nearest (local.get $area)
      (i32.and (i32.add (local.get $count) (i32.const 1)) (i32.const -2)))
    ;; Which candidates in the box lie inside the area: their flag stays −1, the others' becomes 0.
    (block $insideDone
      (loop $insideLoop
        (br_if $insideDone (i32.ge_u (local.get $c) (local.get $count)))
        (local.set $at (i32.add (global.get $candidateInBox) (i32.shl (local.get $c) (i32.const 2))))
        (if (i32.load (local.get $at))
          (then
            (local.set $c8 (i32.shl (local.get $c) (i32.const 3)))
            (i32.store (local.get $at)
              (i32.sub (i32.const 0)
                (call $inArea (local.get $area)
                  (f64.load (i32.add (global.get $batchLon) (local.get $c8)))
                  (f64.load (i32.add (global.get $batchLat) (local.get $c8))))))))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $insideLoop)))
    ;; The pairs, in the order the candidates were found, two candidates per step: distance 0
    ;; inside, else the distance to the nearest edge, kept when within reach. Each is written to
    ;; the next pair and kept only when it counts.
    (local.set $weighingMask (i64x2.splat (i64.extend_i32_s (i32.sub (i32.const 0) (local.get $weighing)))))
    (local.set $peoplePair (f64x2.splat (local.get $people)))
    (local.set $ratePair (f64x2.splat (local.get $rate)))
    (local.set $c (i32.const 0))
    (block $pairsDone
      (loop $pairs
        (br_if $pairsDone (i32.ge_u (local.get $c) (local.get $count)))
        (local.set $c8 (i32.shl (local.get $c) (i32.const 3)))
        (local.set $inside
          (i64x2.extend_low_i32x4_s
            (v128.load64_zero (i32.add (global.get $candidateInBox) (i32.shl (local.get $c) (i32.const 2))))))
        (local.set $best (v128.load (i32.add (global.get $batchBest) (local.get $c8))))
        (local.set $limit (v128.load (i32.add (global.get $candidateLimit) (local.get $c8))))
        (local.set $distance (f64x2.sqrt (local.get $best)))
        (local.set $keep
          (i32.and
            (i64x2.bitmask
              (v128.or (local.get $inside)
                (v128.and
                  (f64x2.le (local.get $best) (f64x2.mul (local.get $limit) (local.get $limit)))
                  (f64x2.le (local.get $distance) (local.get $limit)))))
            (select (i32.const 3) (i32.const 1)
              (i32.lt_u (i32.add (local.get $c) (i32.const 1)) (local.get $count)))))
        (local.set $distance (v128.bitselect (f64x2.splat (f64.const 0)) (local.get $distance) (local.get $inside)))
        ;; The weight people · e^x for x = distance · rate, as `exponential` in decay.ts computes
        ;; e^x, operation for operation (inline: a call costs more than it here): x = n ln 2 / 32 + r
        ;; with |r| <= ln 2 / 64 (n rounded half up), t = 2^(j/32) from the table at byte 0 for
        ;; n = 32k + j, e^r - 1 by its Taylor series to r^6, then (t + t (e^r - 1)) 2^k, with 2^k
        ;; from its bits, (k + 1023) << 52, in two steps below 2^-1000; 0 below -745.2.
        (local.set $ex (f64x2.mul (local.get $distance) (local.get $ratePair)))
        (local.set $en
          (f64x2.floor
            (f64x2.add (f64x2.mul (local.get $ex) (f64x2.splat (f64.const 46.16624130844683))) (f64x2.splat (f64.const 0.5)))))
        (local.set $er
          (f64x2.sub
            (f64x2.sub (local.get $ex) (f64x2.mul (local.get $en) (f64x2.splat (f64.const 0.02166084938653512))))
            (f64x2.mul (local.get $en) (f64x2.splat (f64.const 5.9631716539705866e-12)))))
        (local.set $er2 (f64x2.mul (local.get $er) (local.get $er)))
        (local.set $eq
          (f64x2.add
            (f64x2.add
              (local.get $er)
              (f64x2.mul (local.get $er2)
                (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $er) (f64x2.splat (f64.const 0.16666666666666666))))))
            (f64x2.mul (f64x2.mul (local.get $er2) (local.get $er2))
              (f64x2.add
                (f64x2.add (f64x2.splat (f64.const 0.041666666666666664)) (f64x2.mul (local.get $er) (f64x2.splat (f64.const 0.008333333333333333))))
                (f64x2.mul (local.get $er2) (f64x2.splat (f64.const 0.001388888888888889)))))))
        (local.set $ek (i64x2.extend_low_i32x4_s (i32x4.trunc_sat_f64x2_s_zero (local.get $en))))
        (local.set $et
          (f64x2.replace_lane 1
            (f64x2.splat
              (f64.load (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $ek))) (i32.const 31)) (i32.const 3))))
            (f64.load (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $ek))) (i32.const 31)) (i32.const 3)))))
        (local.set $et (f64x2.add (local.get $et) (f64x2.mul (local.get $et) (local.get $eq))))
        (local.set $ek (i64x2.shr_s (local.get $ek) (i32.const 5)))
        (local.set $weight
          (f64x2.mul (local.get $peoplePair)
            (v128.bitselect
              (f64x2.splat (f64.const 0))
              (v128.bitselect
                (f64x2.mul
                  (f64x2.mul (local.get $et) (i64x2.shl (i64x2.add (local.get $ek) (i64x2.splat (i64.const 2023))) (i32.const 52)))
                  (f64x2.splat (f64.const 0x1p-1000)))
                (f64x2.mul (local.get $et) (i64x2.shl (i64x2.add (local.get $ek) (i64x2.splat (i64.const 1023))) (i32.const 52)))
                (f64x2.lt (local.get $en) (f64x2.splat (f64.const -32000))))
              (f64x2.lt (local.get $ex) (f64x2.splat (f64.const -745.2))))))
        (local.set $value (v128.bitselect (local.get $weight) (local.get $distance) (local.get $weighingMask)))
        ;; The first candidate.
        (local.set $point (i32.load (i32.add (global.get $candidatePoint) (i32.shl (local.get $c) (i32.const 2)))))
        (local.set $record (i32.add (global.get $pairs) (i32.shl (local.get $used) (i32.const 4))))
        (f64.store (local.get $record) (f64x2.extract_lane 0 (local.get $value)))
        (i32.store offset=8 (local.get $record) (local.get $point))
        (if (i32.and (local.get $keep) (i32.const 1))
          (then
            (local.set $used (i32.add (local.get $used) (i32.const 1)))
            (local.set $at (i32.add (global.get $weightSum) (i32.shl (local.get $point) (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (f64x2.extract_lane 0 (local.get $weight))))
            (i32.store8 (i32.add (global.get $reached) (local.get $point)) (i32.const 1))))
        ;; The second.
        (local.set $point (i32.load offset=4 (i32.add (global.get $candidatePoint) (i32.shl (local.get $c) (i32.const 2)))))
        (local.set $record (i32.add (global.get $pairs) (i32.shl (local.get $used) (i32.const 4))))
        (f64.store (local.get $record) (f64x2.extract_lane 1 (local.get $value)))
        (i32.store offset=8 (local.get $record) (local.get $point))
        (if (i32.and (local.get $keep) (i32.const 2))
          (then
            (local.set $used (i32.add (local.get $used) (i32.const 1)))
            (local.set $at (i32.add (global.get $weightSum) (i32.shl (local.get $point) (i32.const 3))))
            (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (f64x2.extract_lane 1 (local.get $weight))))
            (i32.store8 (i32.add (global.get $reached) (local.get $point)) (i32.const 1))))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))
        (br $pairs)))
    (local.get $used))

  (func (export "setupSums")
    (param i32 i32 i32 i32 i32 i32 i32)
    (global.set $share (local.get 0))
    (global.set $pointStale (local.get 1))
    (global.set $pointCategoryStart (local.get 2))
    (global.set $pointCategories (local.get 3))
    (global.set $supply (local.get 4))
    (global.set $staleSupply (local.get 5))
    (global.set $offerCounts (local.get 6)))

  ;; Adds share[p] * weight to every category of point p in each area it reaches, counts the
  ;; point there, and adds the same to the stale supply when the point is stale. A share that is
  ;; not a number (a point that does not count) adds nothing.
  (func (export "spread") (param $areaCount i32) (param $categories i32)
    (local $area i32) (local $i i32) (local $end i32) (local $record i32) (local $point i32)
    (local $amount f64) (local $k i32) (local $kEnd i32) (local $cell i32) (local $at i32)
    (local $stale i32) (local $row i32)
    (block $areasDone
      (loop $areas
        (br_if $areasDone (i32.ge_u (local.get $area) (local.get $areaCount)))
        (local.set $row (i32.mul (local.get $area) (local.get $categories)))
        (local.set $i (i32.load (i32.add (global.get $areaStart) (i32.shl (local.get $area) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (global.get $areaStart) (i32.shl (local.get $area) (i32.const 2)))))
        (block $pairsDone
          (loop $pairLoop
            (br_if $pairsDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $record (i32.add (global.get $pairs) (i32.shl (local.get $i) (i32.const 4))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $point (i32.load offset=8 (local.get $record)))
            (local.set $amount
              (f64.mul
                (f64.load (i32.add (global.get $share) (i32.shl (local.get $point) (i32.const 3))))
                (f64.load (local.get $record))))
            (br_if $pairLoop (f64.ne (local.get $amount) (local.get $amount)))
            (local.set $stale (i32.load8_u (i32.add (global.get $pointStale) (local.get $point))))
            (local.set $at (i32.add (global.get $pointCategoryStart) (i32.shl (local.get $point) (i32.const 2))))
            (local.set $k (i32.load (local.get $at)))
            (local.set $kEnd (i32.load offset=4 (local.get $at)))
            (block $categoriesDone
              (loop $categoryLoop
                (br_if $categoriesDone (i32.ge_u (local.get $k) (local.get $kEnd)))
                (local.set $cell
                  (i32.add (local.get $row)
                    (i32.load (i32.add (global.get $pointCategories) (i32.shl (local.get $k) (i32.const 2))))))
                (local.set $at (i32.add (global.get $supply) (i32.shl (local.get $cell) (i32.const 3))))
                (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (local.get $amount)))
                (local.set $at (i32.add (global.get $offerCounts) (i32.shl (local.get $cell) (i32.const 2))))
                (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
                (if (local.get $stale)
                  (then
                    (local.set $at (i32.add (global.get $staleSupply) (i32.shl (local.get $cell) (i32.const 3))))
                    (f64.store (local.get $at) (f64.add (f64.load (local.get $at)) (local.get $amount)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $categoryLoop)))
            (br $pairLoop)))
        (local.set $area (i32.add (local.get $area) (i32.const 1)))
        (br $areas))))

  ;; For each of `count` points (f64 lon, lat pairs from byte `points`), the area `locate` gives:
  ;; the first area in the point's grid cell whose box and rings hold it, or -1; written as i32 from
  ;; byte `out`. The grid (start u32, items i32, as cell-grid.ts builds it) lists each cell's areas
  ;; ranked by the overlap rule.
  (func (export "locateAll")
    (param $points i32) (param $count i32) (param $out i32)
    (param $west f64) (param $south f64) (param $east f64) (param $north f64)
    (param $colsPerDegree f64) (param $rowsPerDegree f64) (param $cols i32) (param $rows i32)
    (param $start i32) (param $items i32)
    (local $i i32) (local $lon f64) (local $lat f64) (local $cell i32) (local $k i32) (local $end i32)
    (local $area i32) (local $box i32) (local $found i32)
    (block $pointsDone
      (loop $pointLoop
        (br_if $pointsDone (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $lon (f64.load (i32.add (local.get $points) (i32.shl (local.get $i) (i32.const 4)))))
        (local.set $lat (f64.load offset=8 (i32.add (local.get $points) (i32.shl (local.get $i) (i32.const 4)))))
        (local.set $found (i32.const -1))
        (block $searched
          ;; Outside the grid, or not a number: no area.
          (br_if $searched
            (i32.eqz
              (i32.and
                (i32.and (f64.ge (local.get $lon) (local.get $west)) (f64.le (local.get $lon) (local.get $east)))
                (i32.and (f64.ge (local.get $lat) (local.get $south)) (f64.le (local.get $lat) (local.get $north))))))
          (local.set $cell
            (i32.add
              (i32.mul
                (i32.trunc_sat_f64_s
                  (f64.min
                    (f64.convert_i32_s (i32.sub (local.get $rows) (i32.const 1)))
                    (f64.floor (f64.mul (f64.sub (local.get $lat) (local.get $south)) (local.get $rowsPerDegree)))))
                (local.get $cols))
              (i32.trunc_sat_f64_s
                (f64.min
                  (f64.convert_i32_s (i32.sub (local.get $cols) (i32.const 1)))
                  (f64.floor (f64.mul (f64.sub (local.get $lon) (local.get $west)) (local.get $colsPerDegree)))))))
          (local.set $k (i32.load (i32.add (local.get $start) (i32.shl (local.get $cell) (i32.const 2)))))
          (local.set $end (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $cell) (i32.const 2)))))
          (block $areasDone
            (loop $areaLoop
              (br_if $areasDone (i32.ge_u (local.get $k) (local.get $end)))
              (local.set $area (i32.load (i32.add (local.get $items) (i32.shl (local.get $k) (i32.const 2)))))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (local.set $box (i32.add (global.get $areaBox) (i32.shl (local.get $area) (i32.const 5))))
              (br_if $areaLoop (f64.lt (local.get $lon) (f64.load (local.get $box))))
              (br_if $areaLoop (f64.lt (local.get $lat) (f64.load offset=8 (local.get $box))))
              (br_if $areaLoop (f64.gt (local.get $lon) (f64.load offset=16 (local.get $box))))
              (br_if $areaLoop (f64.gt (local.get $lat) (f64.load offset=24 (local.get $box))))
              (if (call $inArea (local.get $area) (local.get $lon) (local.get $lat))
                (then
                  (local.set $found (local.get $area))
                  (br $searched)))
              (br $areaLoop))))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $found))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $pointLoop))))
)
