// cytoscape-fcose ships no type declarations; it is a Cytoscape extension registered with cytoscape.use().
declare module 'cytoscape-fcose' {
  const fcose: cytoscape.Ext;
  export default fcose;
}
