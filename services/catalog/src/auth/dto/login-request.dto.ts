import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequestDto {
  @ApiProperty({ example: 'admin@shop.local', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  // The upper bound keeps a sign-in from hashing megabytes of input.
  @ApiProperty({ example: 'admin-local-password', minLength: 1, maxLength: 1024, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
