/**
 * Whether to use Cytoscape's WebGL renderer. Only on a real GPU: in software WebGL (SwiftShader, llvmpipe)
 * it measured 7–70× slower than the canvas renderer, so anything that looks like software gets canvas.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

export function hasHardwareGpu(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    // No debug info means we cannot tell: stay on the safe, always-fast-enough canvas renderer.
    return renderer !== '' && !SOFTWARE.test(renderer);
  } catch {
    return false;
  }
}
