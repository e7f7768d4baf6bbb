/**
 * Typed arrays to reuse for the temporaries of one synchronous computation.
 *
 * A national scoring needs tens of megabytes of temporary arrays. Their memory lies outside the
 * JavaScript heap, and V8 starts a full garbage collection each time some 64 MB of such memory
 * has been allocated; with a country's input alive, that collection marks ~70 MB of objects and
 * takes ~55 ms. Fresh temporaries brought it on almost every run. A Scratch hands out the same
 * memory again, so a run allocates little more than the result it returns.
 *
 * An array handed out is zero-filled and stays valid until the same Scratch hands out the same
 * name again: use it within one call and never return or keep it. Each module keeps its own
 * Scratch, so names only need to be unique within the module.
 */
export class Scratch {
	readonly #buffers = new Map<string, ArrayBuffer>();

	float64(name: string, length: number): Float64Array {
		return new Float64Array(this.#bytes(name, length * 8), 0, length);
	}

	int32(name: string, length: number): Int32Array {
		return new Int32Array(this.#bytes(name, length * 4), 0, length);
	}

	uint8(name: string, length: number): Uint8Array {
		return new Uint8Array(this.#bytes(name, length), 0, length);
	}

	/** A buffer of at least `bytes` for `name`, its first `bytes` set to zero. */
	#bytes(name: string, bytes: number): ArrayBuffer {
		const known = this.#buffers.get(name);
		if (known && known.byteLength >= bytes) {
			new Uint8Array(known, 0, bytes).fill(0);
			return known;
		}
		// A little room to grow, so slowly growing inputs do not allocate every time; a multiple of
		// 8 so that every view fits.
		const buffer = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8);
		this.#buffers.set(name, buffer);
		return buffer;
	}
}
