// Replaced by the DynamoDB Local launcher once storage lands.
export default async function setup() {}
